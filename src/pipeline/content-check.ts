/**
 * `npm run content:check -- <dir>`: validates a folder of digests with the same code as
 * the build, prints one line per file (date, language, papers, or its problems as
 * `file:line: message`) and exits 1 when anything is wrong.
 */
import path from 'node:path';
import { buildSiteData } from './build-site-data.ts';
import { displayPath, formatProblem } from './archive/load-archive.ts';
import { defaultDigestsDir } from './paths.ts';

async function main(): Promise<number> {
  const dir = path.resolve(process.argv[2] ?? defaultDigestsDir());
  const result = await buildSiteData(dir);
  const { archive } = result;
  const byFile = new Map(archive.parsed.map((d) => [d.file, d]));
  for (const file of archive.files) {
    const name = displayPath(file);
    const problems = archive.problems.filter((p) => p.file === name);
    const digest = byFile.get(name);
    if (problems.length > 0) {
      for (const p of problems) console.log(formatProblem(p));
    } else if (digest) {
      console.log(`ok    ${name}  ${digest.date}  ${digest.lang}  ${digest.papers.length} papers`);
    }
    for (const w of archive.warnings.filter((p) => p.file === name)) console.log(`note  ${formatProblem(w)}`);
  }
  for (const p of archive.problems.filter((p) => !archive.files.some((f) => displayPath(f) === p.file))) {
    console.log(formatProblem(p));
  }
  console.log(result.ok ? `\n${result.summary}: all valid` : `\n${result.summary}`);
  return result.ok ? 0 : 1;
}

process.exitCode = await main();
