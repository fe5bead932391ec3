// Full-text search: article titles and bodies, and entity names with their aliases in every
// language (`aliasText` holds the aliases joined, since full-text indexes read strings).
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.body];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Country|Leader|Organization|Place) ON EACH [n.name, n.aliasText];
