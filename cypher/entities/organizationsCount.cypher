// How many organizations the filter of entities/organizationsPage matches.
MATCH (o:Organization)

RETURN count(o) AS total
