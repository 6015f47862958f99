/** Where a paper lives outside the app. */
const ARXIV_ID = /^\d{4}\.\d{4,5}(?:v\d+)?$/;

export interface PaperLinks {
  huggingFace: string;
  arxivAbs: string | null;
  arxivPdf: string | null;
}

export function paperLinks(id: string): PaperLinks {
  const arxiv = ARXIV_ID.test(id);
  return {
    huggingFace: `https://huggingface.co/papers/${encodeURIComponent(id)}`,
    arxivAbs: arxiv ? `https://arxiv.org/abs/${id}` : null,
    arxivPdf: arxiv ? `https://arxiv.org/pdf/${id}` : null,
  };
}
