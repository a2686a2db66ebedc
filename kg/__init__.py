"""diplomatic-kg: government releases about diplomatic meetings as a queryable knowledge graph."""
