// The nodes within $depth (1..3) hops of one node, breadth first, at most $limit, and the edges among them.
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Country {iso3: ref.key}) WHERE ref.kind = 'Country' RETURN n
  UNION ALL
  MATCH (n:Leader {id: ref.key}) WHERE ref.kind = 'Leader' RETURN n
  UNION ALL
  MATCH (n:Organization {id: ref.key}) WHERE ref.kind = 'Organization' RETURN n
  UNION ALL
  MATCH (n:Place {id: ref.key}) WHERE ref.kind = 'Place' RETURN n
  UNION ALL
  MATCH (n:Sanction {id: ref.key}) WHERE ref.kind = 'Sanction' RETURN n
  UNION ALL
  MATCH (n:Article {id: ref.key}) WHERE ref.kind = 'Article' RETURN n
  UNION ALL
  MATCH (n:Event {id: ref.key}) WHERE ref.kind = 'Event' RETURN n
  UNION ALL
  MATCH (n:Outlet {domain: ref.key}) WHERE ref.kind = 'Outlet' RETURN n
}
WITH n AS start
CALL (start) {
  MATCH (start)--(m)
  WHERE $types IS NULL OR any(lbl IN labels(m) WHERE lbl IN $types)
  WITH DISTINCT m
  LIMIT $limit
  RETURN collect(m) AS l1
}
CALL (start, l1) {
  UNWIND CASE WHEN $depth >= 2 THEN l1 ELSE [] END AS x
  MATCH (x)--(m)
  WHERE m <> start AND NOT m IN l1 AND ($types IS NULL OR any(lbl IN labels(m) WHERE lbl IN $types))
  WITH DISTINCT m
  LIMIT $limit
  RETURN collect(m) AS l2
}
CALL (start, l1, l2) {
  UNWIND CASE WHEN $depth >= 3 THEN l2 ELSE [] END AS x
  MATCH (x)--(m)
  WHERE m <> start AND NOT m IN l1 AND NOT m IN l2 AND ($types IS NULL OR any(lbl IN labels(m) WHERE lbl IN $types))
  WITH DISTINCT m
  LIMIT $limit
  RETURN collect(m) AS l3
}
WITH ([start] + l1 + l2 + l3)[..$limit] AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept
  // One edge per (source, type, target), its id unique: parallel relationships (a leader's two
  // terms in one office) become one edge whose weight is their sum.
  WITH a, type(r) AS type, b, sum(coalesce(r.count, 1)) AS weight
  RETURN collect({type: type, source: CASE WHEN a:Country THEN 'Country:' + a.iso3 WHEN a:Outlet THEN 'Outlet:' + a.domain ELSE head([lbl IN labels(a) WHERE lbl IN ['Article', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) + ':' + a.id END, target: CASE WHEN b:Country THEN 'Country:' + b.iso3 WHEN b:Outlet THEN 'Outlet:' + b.domain ELSE head([lbl IN labels(b) WHERE lbl IN ['Article', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) + ':' + b.id END, weight: toFloat(weight)}) AS edges
}
RETURN [x IN kept | {id: CASE WHEN x:Country THEN 'Country:' + x.iso3 WHEN x:Outlet THEN 'Outlet:' + x.domain ELSE head([lbl IN labels(x) WHERE lbl IN ['Article', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) + ':' + x.id END, type: head([lbl IN labels(x) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]), label: coalesce(x.name, x.title, x.label, x.program, x.regime, x.domain, x.id, '')}] AS nodes, edges
