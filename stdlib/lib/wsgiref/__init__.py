"""wsgiref for gilpy: the WSGI reference pieces: util (environ helpers,
FileWrapper), headers (Headers), handlers (BaseHandler, SimpleHandler,
CGIHandler) and simple_server (WSGIServer on http.server, make_server)."""
