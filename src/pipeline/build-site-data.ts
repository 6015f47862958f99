/**
 * The content stage, shared by the build, the dev server and `npm run content:check`:
 * digest folder → parsed, merged, validated archive → the files to write.
 */
import { emitData, type SiteData } from './emit-data.ts';
import { type Archive, formatProblem, loadArchive } from './load-archive.ts';

export type BuildResult =
  { ok: true; archive: Archive; data: SiteData; summary: string } | { ok: false; archive: Archive; summary: string };

export async function buildSiteData(dir: string): Promise<BuildResult> {
  const archive = await loadArchive(dir);
  if (archive.files.length === 0) {
    archive.problems.push({
      file: dir,
      line: 0,
      message: 'expected digest files (.md, .markdown or .txt) in this folder, found none',
    });
  }
  if (archive.problems.length > 0) {
    const files = new Set(archive.problems.map((p) => p.file)).size;
    return { ok: false, archive, summary: `${archive.problems.length} problem(s) in ${files} file(s)` };
  }
  const data = await emitData(archive);
  const { days, papers, thumbnails, missingThumbnails } = data.stats;
  const summary = `${archive.files.length} files, ${days} days, ${papers} papers, ${thumbnails} thumbnails (${missingThumbnails} referenced but absent)`;
  return { ok: true, archive, data, summary };
}

/** Every problem, one `file:line: message` per line, in file order. */
export function formatReport(result: BuildResult): string {
  return [...result.archive.problems]
    .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1))
    .map(formatProblem)
    .join('\n');
}
