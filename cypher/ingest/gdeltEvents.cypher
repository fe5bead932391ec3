// GDELT rows keep their own identity (gdelt:<GLOBALEVENTID>); their actors are matched to
// countries by ISO code (regional CAMEO codes stay unlinked) and SOURCEURL becomes an
// article reference: an Article with a URL and no text until the page itself is ingested.
UNWIND $rows AS row
MERGE (e:Event {id: 'gdelt:' + row.gdeltId})
SET e.gdeltId = row.gdeltId, e.cameo = row.cameo, e.label = row.label, e.rootCode = row.rootCode,
  e.quadClass = row.quadClass, e.goldstein = row.goldstein, e.avgTone = row.avgTone,
  e.numMentions = row.numMentions, e.date = date(row.date), e.datePrecision = 'day'
WITH e, row
CALL (e, row) {
  WITH e, row WHERE row.sourceIso3 IS NOT NULL
  MATCH (c:Country {iso3: row.sourceIso3})
  MERGE (e)-[:ACTOR {role: 'source'}]->(c)
}
CALL (e, row) {
  WITH e, row WHERE row.targetIso3 IS NOT NULL
  MATCH (c:Country {iso3: row.targetIso3})
  MERGE (e)-[:ACTOR {role: 'target'}]->(c)
}
CALL (e, row) {
  WITH e, row WHERE row.articleId IS NOT NULL
  MERGE (a:Article {id: row.articleId})
  ON CREATE SET a.url = row.url, a.title = '', a.ingestedAt = datetime(), a.publishedAt = datetime(row.dateAdded)
  MERGE (a)-[:REPORTS]->(e)
  WITH a, row WHERE row.outletDomain IS NOT NULL
  MERGE (o:Outlet {domain: row.outletDomain})
  ON CREATE SET o.name = row.outletDomain
  MERGE (a)-[:PUBLISHED_BY]->(o)
}
RETURN count(e) AS written
