/** How many distinct entities of each kind one ingested article was linked to. */
export interface IngestLinkedCounts {
  countries: number;
  leaders: number;
  organizations: number;
  events: number;
  sanctions: number;
}

export interface IngestSuccessModel {
  index: number;
  ok: true;
  id: string;
  status: 'new' | 'updated' | 'unchanged';
  linked: IngestLinkedCounts;
}

export interface IngestFailureModel {
  index: number;
  ok: false;
  error: { code: string; message: string };
}

export type IngestResultModel = IngestSuccessModel | IngestFailureModel;

/**
 * What the API needs of ingestion, stated structurally so the API does not depend on how the
 * pipeline is built: `IngestService` (src/ingest) satisfies it.
 */
export interface IngestPort {
  ingestArticles(inputs: readonly unknown[]): Promise<IngestResultModel[]>;
}
