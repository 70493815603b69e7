"""urllib: URL parsing (urllib.parse), opening http:// URLs (urllib.request)
and their errors (urllib.error), written for gilpy."""
