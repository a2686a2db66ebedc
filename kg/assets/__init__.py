"""Static assets inlined into exported HTML (vis-network), shipped as package data."""
