// mesh-stubgen: reads a descriptor set and writes Swift stubs.
print("mesh-stubgen: not built yet")
