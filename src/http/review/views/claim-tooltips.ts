/**
 * Progressive enhancement for the checked brief (inline, nonce'd): fills each mark's tooltip with the fact id,
 * expected value, the fact's source (from the page's facts map) and the reason, shown on hover AND keyboard
 * focus by CSS; moves `title` aside so the browser's own tooltip does not double it. Without JS the CSS tooltip
 * still shows fact id, expected value and reason.
 */
export const claimTooltipScript = `
(function () {
  var root = document.getElementById('checked-brief');
  if (!root) return;
  var facts = {};
  try { facts = JSON.parse(root.getAttribute('data-facts') || '{}'); } catch (e) {}
  var marks = root.querySelectorAll('mark.claim');
  for (var i = 0; i < marks.length; i++) {
    var m = marks[i];
    var id = m.getAttribute('data-fact') || '';
    var fact = facts[id];
    var reason = m.getAttribute('title') || '';
    var verdict = (m.className.match(/v-([a-z-]+)/) || [])[1] || '';
    var lines = [verdict.replace(/-/g, ' ').toUpperCase(),
      'fact: ' + (id || 'none'),
      'expected: ' + (fact ? fact.display : (m.getAttribute('data-expected') || 'n/a')),
      'source: ' + (fact ? fact.source : (m.getAttribute('data-source') || 'n/a')),
      reason];
    m.setAttribute('data-tip', lines.join('\\n'));
    m.setAttribute('data-reason', reason);
    m.removeAttribute('title');
    m.setAttribute('aria-label', m.textContent + ', ' + lines.join('; '));
    if (!m.hasAttribute('tabindex')) m.setAttribute('tabindex', '0');
  }
})();
`;
