"""The rules every path of the product shares: what the public may see, in which language, in
which order. No models; apps and the API import this package, never the other way round."""
