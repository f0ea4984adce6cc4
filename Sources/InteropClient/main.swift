print("interop-client")
