// Side-by-side: other libraries and NewsNlp on the same news sample, in one run.
// Usage (from the repository root, after `dotnet build -c Release` and `npm install` here):
//   node benchmarks/compare/compare.mjs [--seconds 3]
// Writes benchmarks/compare/results/compare.md (and .json) and prints the table.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] || 3);

const sample = readFileSync(join(root, 'benchmarks/NewsNlp.Benchmarks/Data/wikinews_gum.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map(l => JSON.parse(l));
const seedFile = readdirSync(join(root, 'seeds')).find(f => f.endsWith('.txt'));
const seed = readFileSync(join(root, 'seeds', seedFile), 'utf8');
const seedDate = new Date('2025-03-05T12:00:00Z');
const bytes = sample.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);

// The same token count for everyone: NewsNlp's tokens over the sample (from its CLI).
// The tool as users get it on linux-x64 (Native AOT, `dotnet publish src/NewsNlp.Cli -c Release -r linux-x64
// -o artifacts/newsnlp`) when it has been published, else the JIT-compiled build.
const aot = join(root, 'artifacts/newsnlp/NewsNlp.Cli');
const cli = existsSync(aot) ? [aot] : ['dotnet', join(root, 'src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll')];
const cliName = existsSync(aot) ? 'Native AOT' : 'JIT';
const samplePath = join(root, 'benchmarks/NewsNlp.Benchmarks/Data/wikinews_gum.jsonl');
const tokenLines = execFileSync(cli[0], [...cli.slice(1), 'analyze', samplePath, '--tokens', '--stages', 'entities', '--no-progress'], { maxBuffer: 1 << 30 }).toString().trim().split('\n');
const tokens = tokenLines.reduce((n, l) => n + JSON.parse(l).tokens.length, 0);

function timeIt(name, work) {
  for (let i = 0; i < 2; i++) sample.forEach(d => work(d.text, new Date(d.published + 'T12:00:00Z')));
  let passes = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds) {
    sample.forEach(d => work(d.text, new Date(d.published + 'T12:00:00Z')));
    passes++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const perPass = elapsed / passes;
  return { name, msPerPass: perPass * 1000, mbPerSec: bytes / 1e6 / perPass, tokensPerSec: tokens / perPass };
}

const results = [];
const found = {};

// wink-nlp with its light English model: tokens, sentences, entities (no person names), no quotes.
{
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const its = nlp.its;
  results.push(timeIt('wink-nlp 2.4.0 (tokens, sentences, entities)', t => { const d = nlp.readDoc(t); d.entities().out(its.detail); d.sentences().length(); }));
  const d = nlp.readDoc(seed);
  found['wink-nlp'] = d.entities().out(its.detail).map(e => `${e.value} (${e.type})`);
}

// compromise + compromise-dates: people, places, organisations, dates, numbers.
{
  const nlp = (await import('compromise')).default;
  const dates = (await import('compromise-dates')).default;
  nlp.plugin(dates);
  results.push(timeIt('compromise 14.17.0 + dates 3.9.0 (people, places, orgs, dates, numbers)', (t, ref) => {
    const d = nlp(t); d.people().out('array'); d.places().out('array'); d.organizations().out('array');
    d.dates({ today: ref.toISOString().slice(0, 10) }).json(); d.numbers().json();
  }));
  const d = nlp(seed);
  found['compromise'] = [
    ...d.people().out('array').map(x => `${x} (person)`),
    ...d.places().out('array').map(x => `${x} (place)`),
    ...d.organizations().out('array').map(x => `${x} (org)`),
    ...d.dates({ today: '2025-03-05' }).json().map(x => `${x.text} → ${x.dates?.start ?? x.date?.start ?? '?'}`),
  ];
}

// chrono-node: dates resolved against the publication date.
{
  const chrono = await import('chrono-node');
  results.push(timeIt('chrono-node 2.10.3 (dates)', (t, ref) => chrono.parse(t, ref)));
  found['chrono-node'] = chrono.parse(seed, seedDate).map(r => `${r.text} → ${r.start.date().toISOString().slice(0, 10)}`);
}

// Microsoft Recognizers-Text: numbers, units, dates.
{
  const R = await import('@microsoft/recognizers-text-suite');
  const rec = R.default ?? R;
  const culture = rec.Culture.English;
  results.push(timeIt('@microsoft/recognizers-text-suite 1.3.1 (numbers, units, dates)', (t, ref) => {
    rec.recognizeNumber(t, culture); rec.recognizeDimension(t, culture); rec.recognizeCurrency(t, culture);
    rec.recognizeAge(t, culture); rec.recognizeDateTime(t, culture, undefined, ref);
  }));
  found['recognizers-text'] = [
    ...rec.recognizeDateTime(seed, culture, undefined, seedDate).map(r => `${r.text} → ${r.resolution?.values?.[0]?.value ?? r.resolution?.values?.[0]?.timex ?? '?'}`),
    ...rec.recognizeDimension(seed, culture).map(r => `${r.text} → ${r.resolution?.value} ${r.resolution?.unit}`),
    ...rec.recognizeAge(seed, culture).map(r => `${r.text} → age ${r.resolution?.value}`),
  ];
}

// NewsNlp through its CLI, whole process: the sample repeated 20 times minus one pass (start-up and JIT).
{
  const repeated = join(here, 'results', 'sample-x20.jsonl');
  mkdirSync(join(here, 'results'), { recursive: true });
  const lines = readFileSync(samplePath, 'utf8').trim();
  writeFileSync(repeated, Array(20).fill(lines).join('\n') + '\n');
  const run = file => { const s = process.hrtime.bigint(); execFileSync(cli[0], [...cli.slice(1), 'analyze', file, '--no-progress'], { maxBuffer: 1 << 30 }); return Number(process.hrtime.bigint() - s) / 1e9; };
  run(samplePath);
  const one = Math.min(run(samplePath), run(samplePath));
  const twenty = Math.min(run(repeated), run(repeated));
  const perPass = (twenty - one) / 19;
  results.push({ name: `NewsNlp (CLI, ${cliName}, whole process, 1 thread: entities, quotes, dates, quantities)`, msPerPass: perPass * 1000, mbPerSec: bytes / 1e6 / perPass, tokensPerSec: tokens / perPass });
  const out = JSON.parse(execFileSync(cli[0], [...cli.slice(1), 'analyze', join(root, 'seeds', seedFile), '--published', '2025-03-05']).toString());
  found['NewsNlp'] = [
    ...out.entities.map(e => `${e.text} (${e.type}${e.name && e.name !== e.text ? ' = ' + e.name : ''})`),
    ...out.quotes.map(q => `quote (${q.kind}) by ${q.speaker?.text ?? '—'} = ${q.speakerName ?? '?'}`),
    ...out.temporals.map(t => `${t.text} → ${t.value}`),
    ...out.quantities.map(q => `${q.text} → ${q.value}${q.unit ? ' ' + q.unit : ''}${q.equivalent ? ` = ${q.equivalent.text} (consistent: ${q.equivalent.consistent})` : ''}`),
  ];
}

const newsnlp = results.find(r => r.name.startsWith('NewsNlp'));
const table = [
  `Sample: ${sample.length} Wikinews articles, ${(bytes / 1e6).toFixed(3)} MB UTF-8, ${tokens} NewsNlp tokens; one run on ${cpus()[0].model}, Node ${process.version}, one thread each.`,
  '',
  '| library (what it does) | ms per pass | MB/s | tokens/s | NewsNlp is × faster |',
  '|---|---:|---:|---:|---:|',
  ...results.map(r => `| ${r.name} | ${r.msPerPass.toFixed(1)} | ${r.mbPerSec.toFixed(2)} | ${Math.round(r.tokensPerSec).toLocaleString('en-US')} | ${(r.msPerPass / newsnlp.msPerPass).toFixed(1)} |`),
  '',
  '## What each finds on the seed article',
  '',
  ...Object.entries(found).flatMap(([lib, items]) => [`### ${lib} (${items.length})`, '', items.map(i => `- ${i}`).join('\n') || '- (nothing)', '']),
].join('\n');
writeFileSync(join(here, 'results', 'compare.md'), table + '\n');
writeFileSync(join(here, 'results', 'compare.json'), JSON.stringify({ results, found }, null, 2));
console.log(table);
