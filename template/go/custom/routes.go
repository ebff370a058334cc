// Package custom is yours: your own endpoints, served under /custom, with
// their tests beside them. copier update never touches this folder.
//
// Write a handler in a file of its own, its test in a _test.go file next to
// it, and add its route to AddRoutes; the service's http/routes.go already
// calls AddRoutes.
package custom

import "net/http"

// AddRoutes registers this package's endpoints on mux, each under /custom.
func AddRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /custom/hello", handleHello)
}
