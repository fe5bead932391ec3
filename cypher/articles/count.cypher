// How many articles a filter of articles/page matches; run only when totalCount is asked for.
MATCH (a:Article)
WHERE ($lang IS NULL OR a.lang = $lang)
  AND ($outlet IS NULL OR EXISTS { (a)-[:PUBLISHED_BY]->(:Outlet {domain: $outlet}) })
  AND ($publishedAfter IS NULL OR a.publishedAt >= datetime($publishedAfter))
  AND ($publishedBefore IS NULL OR a.publishedAt < datetime($publishedBefore))
  AND all(m IN $mentions WHERE EXISTS {
    MATCH (a)-[:MENTIONS]->(e)
    WHERE (m.kind = 'Country' AND e:Country AND e.iso3 = m.key) OR (m.kind <> 'Country' AND e.id = m.key)
  })
RETURN count(a) AS total
