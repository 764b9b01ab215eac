UPDATE orders SET status = legacy;
