package custom

import (
	"encoding/json"
	"net/http"
)

// writeJSON sends value as the JSON body of a 200 response.
func writeJSON(w http.ResponseWriter, value any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(value) // an error here means the client left
}
