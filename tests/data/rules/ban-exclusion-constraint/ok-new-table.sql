CREATE TABLE rooms (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));
CREATE TABLE slots (room int, during tstzrange);
ALTER TABLE slots ADD CONSTRAINT slots_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);
ALTER TABLE bookings ADD CONSTRAINT bookings_room_check CHECK (room > 0) NOT VALID;
