// Package config reads the service's configuration once, at startup, from the
// environment and an optional .env file, and refuses values that would fail
// later or weaken production.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"strconv"
	"time"

	"github.com/joho/godotenv"
)

// Environment says where the service runs. Outside Development, weak
// secrets are refused at startup.
type Environment string

// The environments ENVIRONMENT accepts.
const (
	Development Environment = "development"
	Test        Environment = "test"
	Production  Environment = "production"
)

// Config is the service's configuration. Each field is read from the
// variable its comment names; .env.example documents every one. Later
// roadmap stages add their fields here and in Parse, one line each.
type Config struct {
	Environment      Environment   // ENVIRONMENT
	Host             string        // HOST
	Port             int           // PORT
	LogLevel         slog.Level    // LOG_LEVEL
	LogFormat        string        // LOG_FORMAT, resolved: "json" or "console"
	SecretKey        Secret        // SECRET_KEY
	ShutdownTimeout  time.Duration // SHUTDOWN_TIMEOUT_SECONDS
	ReadinessTimeout time.Duration // READINESS_TIMEOUT_SECONDS
}

// Addr is the address the server listens on, host:port.
func (c Config) Addr() string {
	return net.JoinHostPort(c.Host, strconv.Itoa(c.Port))
}

// Load reads the configuration from getenv, falling back to the values in
// envFile for variables the environment leaves empty: the real environment
// wins over the file. A missing file is fine; "" reads none.
func Load(getenv func(string) string, envFile string) (Config, error) {
	if envFile == "" {
		return Parse(getenv)
	}
	values, err := godotenv.Read(envFile)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return Config{}, fmt.Errorf("reading %s: %w", envFile, err)
	}
	return Parse(func(name string) string {
		if value := getenv(name); value != "" {
			return value
		}
		return values[name]
	})
}

// Parse reads the configuration from getenv and validates it, reporting
// every invalid variable at once.
func Parse(getenv func(string) string) (Config, error) {
	p := &parser{getenv: getenv}
	p.environment = Environment(p.choice("ENVIRONMENT", "production", "development", "test", "production"))
	cfg := Config{
		Environment:      p.environment,
		Host:             p.text("HOST", "127.0.0.1"),
		Port:             p.port("PORT", 8000),
		LogLevel:         p.level("LOG_LEVEL", "INFO"),
		LogFormat:        p.choice("LOG_FORMAT", defaultLogFormat(p.environment), "json", "console"),
		SecretKey:        p.secret("SECRET_KEY"),
		ShutdownTimeout:  p.seconds("SHUTDOWN_TIMEOUT_SECONDS", 10),
		ReadinessTimeout: p.seconds("READINESS_TIMEOUT_SECONDS", 2),
	}
	return cfg, errors.Join(p.errs...)
}

// defaultLogFormat gives readable lines to a human in development and JSON
// to machines everywhere else.
func defaultLogFormat(environment Environment) string {
	if environment == Development {
		return "console"
	}
	return "json"
}
