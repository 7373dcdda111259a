"""PDF outputs of the meetings area (vergaderingen): notulen, vergaderpakket, jaarplanning.

Each module takes a plain report model and returns PDF bytes; nothing here reads the
governance file.
"""
