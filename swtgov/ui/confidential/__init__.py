"""The Vertrouwelijk page: the three confidential registers, one tab each."""
