// How many leaders the filter of entities/leadersPage matches.
MATCH (l:Leader)
WHERE ($country IS NULL AND $inOfficeOn IS NULL) OR EXISTS {
  MATCH (l)-[h:HOLDS_OFFICE]->(c:Country)
  WHERE ($country IS NULL OR c.iso3 = $country)
    AND ($inOfficeOn IS NULL OR ((h.since IS NULL OR h.since <= date($inOfficeOn)) AND (h.until IS NULL OR h.until >= date($inOfficeOn))))
}
RETURN count(l) AS total
