"""The meetings area in the governance file: schema, reading, writing, documents."""
