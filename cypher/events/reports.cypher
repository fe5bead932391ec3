// The articles reporting each event, newest first, at most $limit per event.
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (a:Article)-[r:REPORTS]->(e)
  WITH a, r, right('0000000000000000' + toString(coalesce(a.publishedAt, a.ingestedAt).epochMillis + 100000000000000), 16) + '|' + a.id AS key
  ORDER BY key DESC
  LIMIT $limit
  RETURN a, r
}
RETURN e.id AS eventId, r.sentence AS sentence, r.confidence AS confidence, head([lbl IN labels(a) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
  a {
    .*,
    body: null,
    aliasText: null,
    contentHash: null,
    outlet: CASE WHEN a:Article THEN [(a)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0] END,
    location: CASE WHEN a:Event THEN [(a)-[:IN]->(c:Country) | c.iso3][0] END,
    authorityRef: CASE WHEN a:Sanction THEN [(a)-[:IMPOSED_BY]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END,
    targetRef: CASE WHEN a:Sanction THEN [(a)-[:TARGETS]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END
  } AS props
