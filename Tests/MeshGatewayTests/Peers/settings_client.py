#!/usr/bin/env python3
"""Connects with h2c prior knowledge, prints the server's first SETTINGS as one JSON object
({"max_concurrent_streams": N, "max_header_list_size": N}; absent settings are null) and closes.

    settings_client.py PORT
"""
import json, socket, sys

import h2.config, h2.connection, h2.events, h2.settings


def main():
    port = int(sys.argv[1])
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    conn.initiate_connection()
    sock.sendall(conn.data_to_send())
    found = None
    while found is None:
        data = sock.recv(65536)
        if not data:
            break
        for event in conn.receive_data(data):
            if isinstance(event, h2.events.RemoteSettingsChanged):
                changed = event.changed_settings

                def value(code):
                    return changed[code].new_value if code in changed else None
                found = {"max_concurrent_streams": value(h2.settings.SettingCodes.MAX_CONCURRENT_STREAMS),
                         "max_header_list_size": value(h2.settings.SettingCodes.MAX_HEADER_LIST_SIZE)}
    sock.close()
    print(json.dumps(found))


if __name__ == "__main__":
    main()
