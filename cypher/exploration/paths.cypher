// The shortest paths (at most $maxHops long, at most $first) between two nodes.
UNWIND [0, 1] AS i
WITH i, [$from, $to][i] AS ref
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
WITH collect({i: i, n: n}) AS found
WITH [x IN found WHERE x.i = 0][0].n AS a, [x IN found WHERE x.i = 1][0].n AS b
// One row even when an end is missing or nothing connects them, so the caller can tell an
// unknown id (NOT_FOUND) from two nodes with no path short enough (no paths).
OPTIONAL CALL (a, b) {
  // A node's only shortest path to itself is the node: zero hops, no edges.
  WITH a, b WHERE a IS NOT NULL AND a = b
  RETURN [a] AS pathNodes, [] AS rs
  UNION ALL
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  // How far apart the two are, first: a hop bound on the path search itself would make Neo4j fall
  // back to an exhaustive search of every path up to 6 hops whenever no shortest path is short
  // enough (seconds on a large graph, to find nothing). min() is an aggregation, so the bound
  // cannot be folded back into the search.
  MATCH q = shortestPath((a)-[*..6]-(b))
  WITH a, b, min(length(q)) AS hops
  WHERE hops <= $maxHops
  MATCH p = allShortestPaths((a)-[*..6]-(b))
  RETURN nodes(p) AS pathNodes, relationships(p) AS rs
}
WITH a, b, pathNodes, rs, [x IN pathNodes | {id: CASE WHEN x:Country THEN 'Country:' + x.iso3 WHEN x:Outlet THEN 'Outlet:' + x.domain ELSE head([lbl IN labels(x) WHERE lbl IN ['Article', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]) + ':' + x.id END, type: head([lbl IN labels(x) WHERE lbl IN ['Article', 'Outlet', 'Country', 'Leader', 'Organization', 'Place', 'Event', 'Sanction']]), label: coalesce(x.name, x.title, x.label, x.program, x.regime, x.domain, x.id, '')}] AS ns
// Parallel relationships (a leader's two terms in one office) make paths that read the same;
// DISTINCT keeps one of each, before the limit, and lazily.
WITH DISTINCT a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, ns AS nodes,
  CASE WHEN pathNodes IS NULL THEN null ELSE [i IN range(0, size(rs) - 1) | {
    type: type(rs[i]),
    source: CASE WHEN startNode(rs[i]) = pathNodes[i] THEN ns[i].id ELSE ns[i + 1].id END,
    target: CASE WHEN startNode(rs[i]) = pathNodes[i] THEN ns[i + 1].id ELSE ns[i].id END,
    weight: toFloat(coalesce(rs[i].count, 1))
  }] END AS edges
LIMIT $first
RETURN fromFound, toFound, nodes, edges
