print("interop-server")
