"""Pure rules and value types. Standard library and dateutil only."""
