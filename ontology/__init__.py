"""The ontology, SHACL shapes, topic scheme and reference data, shipped as package data (kg.ontology)."""
