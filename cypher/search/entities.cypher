// Countries, leaders, organizations and places whose name or an alias in any language matches (index entity_names).
// One whose name or an alias is the whole query ($exact, lower-cased) comes first: "Rússland" is
// Russia before it is Belarus ("Hvíta-Rússland"), whatever Lucene's scores say.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS n, score
WITH n, score, head([lbl IN labels(n) WHERE lbl IN ['Country', 'Leader', 'Organization', 'Place']]) AS label
WHERE label IN $kinds
WITH n, score,
  toLower(n.name) = $exact OR $exact IN split(toLower(coalesce(n.aliasText, '')), ' | ') AS exact
ORDER BY exact DESC, score DESC
LIMIT $limit
RETURN score, exact, coalesce(n.aliases, []) AS aliases,   head([lbl IN labels(n) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) AS kind,
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
