"""The confidential registers in the governance file (area ``vertrouwelijk``)."""
