// Range indexes for the lookups and filters the API runs: articles by URL, hash, date and
// language; countries by their ISO-2 code; leaders by Wikidata QID; events by code, date and
// GDELT id; sanctions by authority and regime.
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_lang IF NOT EXISTS FOR (n:Article) ON (n.lang);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE INDEX leader_wikidata IF NOT EXISTS FOR (n:Leader) ON (n.wikidata);
CREATE INDEX event_cameo IF NOT EXISTS FOR (n:Event) ON (n.cameo);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_gdelt_id IF NOT EXISTS FOR (n:Event) ON (n.gdeltId);
CREATE INDEX event_quad_class IF NOT EXISTS FOR (n:Event) ON (n.quadClass);
CREATE INDEX sanction_authority IF NOT EXISTS FOR (n:Sanction) ON (n.authority);
CREATE INDEX sanction_regime IF NOT EXISTS FOR (n:Sanction) ON (n.regime);
