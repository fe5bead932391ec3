// Who headed each organization, most recent first; with $at, only who headed it on that day.
UNWIND $ids AS id
MATCH (o:Organization {id: id})<-[h:HEADS]-(n:Leader)
WHERE $at IS NULL OR (h.since <= date($at) AND (h.until IS NULL OR h.until >= date($at)))
RETURN o.id AS organization, h.title AS title, h.since AS since, h.until AS until, head([lbl IN labels(n) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
  n {
    .*,
    body: null,
    aliasText: null,
    contentHash: null,
    outlet: CASE WHEN n:Article THEN [(n)-[:PUBLISHED_BY]->(o:Outlet) | o.domain][0] END,
    location: CASE WHEN n:Event THEN [(n)-[:IN]->(c:Country) | c.iso3][0] END,
    authorityRef: CASE WHEN n:Sanction THEN [(n)-[:IMPOSED_BY]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END,
    targetRef: CASE WHEN n:Sanction THEN [(n)-[:TARGETS]->(x) | {kind: labels(x)[0], key: coalesce(x.iso3, x.id)}][0] END
  } AS props
ORDER BY organization, coalesce(h.until, date('9999-12-31')) DESC, since DESC
