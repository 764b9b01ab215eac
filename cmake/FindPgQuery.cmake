# Finds libpg_query (https://github.com/pganalyze/libpg_query) and its protobuf-c header.
# Defines the imported target PgQuery::PgQuery.
find_path(PgQuery_INCLUDE_DIR pg_query.h)
find_path(PgQuery_PROTOBUF_INCLUDE_DIR pg_query.pb-c.h PATH_SUFFIXES pg_query)
find_library(PgQuery_LIBRARY pg_query)
find_library(ProtobufC_LIBRARY protobuf-c)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PgQuery
    REQUIRED_VARS PgQuery_LIBRARY PgQuery_INCLUDE_DIR PgQuery_PROTOBUF_INCLUDE_DIR ProtobufC_LIBRARY)

if(PgQuery_FOUND AND NOT TARGET PgQuery::PgQuery)
    add_library(PgQuery::PgQuery UNKNOWN IMPORTED)
    set_target_properties(PgQuery::PgQuery PROPERTIES
        IMPORTED_LOCATION "${PgQuery_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PgQuery_INCLUDE_DIR};${PgQuery_PROTOBUF_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "${ProtobufC_LIBRARY}")
endif()
mark_as_advanced(PgQuery_INCLUDE_DIR PgQuery_PROTOBUF_INCLUDE_DIR PgQuery_LIBRARY ProtobufC_LIBRARY)
