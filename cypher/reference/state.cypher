MATCH (r:ReferenceData {id: 'reference'})
RETURN r.checksum AS checksum
