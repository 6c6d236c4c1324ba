import { splitSentences } from '../src/factcheck/read/split-sentences.ts';
console.log(JSON.stringify(splitSentences(process.argv[2]!)));
