UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.ingestedAt = datetime()
SET a.url = row.url, a.title = row.title, a.body = row.body, a.lang = row.lang,
  a.publishedAt = datetime(row.publishedAt), a.contentHash = row.contentHash, a.authors = row.authors
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.outletDomain IS NOT NULL
  MERGE (o:Outlet {domain: row.outletDomain})
  ON CREATE SET o.name = row.outletName
  MERGE (a)-[:PUBLISHED_BY]->(o)
}
RETURN count(a) AS written
