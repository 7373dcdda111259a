"""The meetings area (vergaderingen): bodies, meetings, agenda, minutes, actions."""
