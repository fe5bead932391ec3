// How many events the filter of events/page matches.
MATCH (e:Event)
WHERE ($cameo IS NULL OR e.cameo = $cameo)
  AND ($cameoRoot IS NULL OR e.rootCode = $cameoRoot)
  AND ($quadClass IS NULL OR e.quadClass = $quadClass)
  AND ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($actor IS NULL OR EXISTS {
    MATCH (e)-[:ACTOR]->(x)
    WHERE ($actor.kind = 'Country' AND x:Country AND x.iso3 = $actor.key) OR ($actor.kind <> 'Country' AND x.id = $actor.key)
  })
RETURN count(e) AS total
