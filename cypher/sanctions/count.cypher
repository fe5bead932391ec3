// How many sanctions the filter of sanctions/page matches.
MATCH (s:Sanction)
WHERE ($target IS NULL OR EXISTS {
    MATCH (s)-[:TARGETS]->(x)
    WHERE ($target.kind = 'Country' AND x:Country AND x.iso3 = $target.key) OR ($target.kind <> 'Country' AND x.id = $target.key)
  })
  AND ($authority IS NULL OR EXISTS {
    MATCH (s)-[:IMPOSED_BY]->(x)
    WHERE ($authority.kind = 'Country' AND x:Country AND x.iso3 = $authority.key) OR ($authority.kind <> 'Country' AND x.id = $authority.key)
  })
  AND ($activeOn IS NULL OR (s.status = 'active' AND (s.since IS NULL OR s.since <= date($activeOn))))
RETURN count(s) AS total
