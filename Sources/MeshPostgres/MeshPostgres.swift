// MeshPostgres: see Package.swift for this module's role.
