"""Named SPARQL questions (.rq files), shipped as package data."""
