package custom

import (
	"fmt"
	"net/http"
)

// greeting is the body of GET /custom/hello.
type greeting struct {
	Message string `json:"message"`
}

// handleHello is an example of your own endpoint; change it or replace it.
func handleHello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "world"
	}
	writeJSON(w, greeting{Message: fmt.Sprintf("Hello, %s!", name)})
}
