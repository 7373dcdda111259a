"""The risk area in the window: the Risico's page, the heatmap and the risk editor."""
