import { raw } from 'hono/html';
import { renderBriefHtml } from '../../../brief/render-html.ts';
import { joinBriefMarkdown } from '../../../review/brief-markdown.ts';

/**
 * Title + Markdown textarea with the rendered preview beside it (the public renderer, server-side, so what the editor
 * sees is what readers get). `previewUrl` is where the page's script posts the text to refresh the preview as the
 * editor types; without JS the preview shows the text as loaded.
 */
export function MarkdownEditor(props: { draft: { title: string; body: string }; previewUrl: string }) {
  const html = renderBriefHtml(joinBriefMarkdown(props.draft.title || ' ', props.draft.body));
  return (
    <div class="editor" data-preview-url={props.previewUrl}>
      <div class="editor-input">
        <label for="edit-title">Title</label>
        <input type="text" id="edit-title" name="title" value={props.draft.title} required />
        <label for="edit-body">Markdown</label>
        <textarea id="edit-body" name="markdown" rows={18} required>
          {props.draft.body}
        </textarea>
      </div>
      <div class="editor-preview">
        <span class="label" id="preview-label">
          Preview
        </span>
        <section id="preview" class="brief-body preview" aria-labelledby="preview-label" aria-live="polite">
          {raw(html)}
        </section>
      </div>
    </div>
  );
}

/**
 * Refreshes #preview from the server 300 ms after the editor stops typing (POST title + markdown + the form's CSRF
 * token to data-preview-url; the answer is the renderer's escaped HTML). Inline, nonce'd.
 */
export const previewScript = `
(function () {
  var editor = document.querySelector('.editor[data-preview-url]');
  if (!editor) return;
  var form = editor.closest('form');
  var preview = document.getElementById('preview');
  var timer = null, seq = 0;
  function refresh() {
    var body = new URLSearchParams();
    body.set('title', form.querySelector('#edit-title').value);
    body.set('markdown', form.querySelector('#edit-body').value);
    body.set('_csrf', form.querySelector('input[name=_csrf]').value);
    var mine = ++seq;
    fetch(editor.getAttribute('data-preview-url'), { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) { if (mine === seq) { preview.innerHTML = html; preview.removeAttribute('data-stale'); } })
      .catch(function () { preview.setAttribute('data-stale', 'true'); });
  }
  form.addEventListener('input', function (event) {
    if (event.target.id !== 'edit-body' && event.target.id !== 'edit-title') return;
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  });
})();
`;
