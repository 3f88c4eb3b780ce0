// moved to ITlsTransport.UseTls (its arguments)
