"""Layer 4 — presentation: provisions and steps as HTML (``render``), charts as Vega-Lite specifications
(``charts``), one look (``theme``), and the course map and setup check (``course``)."""
