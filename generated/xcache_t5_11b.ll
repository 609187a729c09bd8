; ModuleID = 'xcache_t5_11b'
source_filename = "xcache_t5_11b"
target triple = "x86_64-unknown-linux-gnu"

@xcache_t5_11b.name = private unnamed_addr constant [14 x i8] c"xcache_t5_11b\00"
@xcache_t5_11b.spec = private unnamed_addr constant [384 x i8] c"attncc: 1\0Aname: xcache_t5_11b\0Aphase: decode\0Akind: self\0Aheads: {q: 128, kv: 128, dim: 128, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: x, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 24, d_model: 1024}\0A\00"
@xcache_t5_11b_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32 } { i32 5, i32 1, i64 7315395120318662755, ptr @xcache_t5_11b.name, ptr @xcache_t5_11b.spec, i32 128, i32 128, i32 128, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 2, i32 1024, i32 0, ptr null, i32 0, i32 0 }, align 8
@xcache_t5_11b_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @xcache_t5_11b_info_data, ptr @xcache_t5_11b_tile, i32 1, i32 32, i32 16, i32 256, i32 1, i32 1024, ptr @xcache_t5_11b_project }, align 8

; Function Attrs: nounwind
define internal void @xcache_t5_11b_project(ptr %0, ptr %1, i64 %2) #0 {
entry:
  %head = srem i64 %2, 128
  %3 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %3, align 8
  %4 = mul i64 %2, 256
  %5 = getelementptr i8, ptr %out, i64 %4
  %6 = getelementptr i8, ptr %0, i64 112
  %w_out = load ptr, ptr %6, align 8
  %7 = getelementptr i8, ptr %0, i64 120
  %out_bias = load ptr, ptr %7, align 8
  %8 = icmp ne ptr %1, null
  %nk = select i1 %8, i64 1024, i64 0
  %9 = icmp ne ptr %out_bias, null
  %10 = and i1 %8, %9
  %col = mul i64 %head, 128
  br label %proj_k

proj_k:                                           ; preds = %body, %entry
  %pacc.sroa.42.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %39, %body ]
  %pacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %36, %body ]
  %pacc.sroa.30.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %33, %body ]
  %pacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %30, %body ]
  %pacc.sroa.18.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %27, %body ]
  %pacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %24, %body ]
  %pacc.sroa.6.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %21, %body ]
  %pacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %18, %body ]
  %proj_k1 = phi i64 [ 0, %entry ], [ %40, %body ]
  %11 = icmp slt i64 %proj_k1, %nk
  br i1 %11, label %body, label %exit

body:                                             ; preds = %proj_k
  %12 = getelementptr float, ptr %1, i64 %proj_k1
  %uk = load float, ptr %12, align 4
  %13 = insertelement <16 x float> poison, float %uk, i32 0
  %splat = shufflevector <16 x float> %13, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = mul i64 %proj_k1, 16384
  %15 = add i64 %14, %col
  %16 = getelementptr float, ptr %w_out, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %17, <16 x float> %pacc.sroa.0.0)
  %19 = getelementptr float, ptr %16, i64 16
  %20 = load <16 x float>, ptr %19, align 4
  %21 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %20, <16 x float> %pacc.sroa.6.0)
  %22 = getelementptr float, ptr %16, i64 32
  %23 = load <16 x float>, ptr %22, align 4
  %24 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %23, <16 x float> %pacc.sroa.12.0)
  %25 = getelementptr float, ptr %16, i64 48
  %26 = load <16 x float>, ptr %25, align 4
  %27 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %26, <16 x float> %pacc.sroa.18.0)
  %28 = getelementptr float, ptr %16, i64 64
  %29 = load <16 x float>, ptr %28, align 4
  %30 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %29, <16 x float> %pacc.sroa.24.0)
  %31 = getelementptr float, ptr %16, i64 80
  %32 = load <16 x float>, ptr %31, align 4
  %33 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %32, <16 x float> %pacc.sroa.30.0)
  %34 = getelementptr float, ptr %16, i64 96
  %35 = load <16 x float>, ptr %34, align 4
  %36 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %35, <16 x float> %pacc.sroa.36.0)
  %37 = getelementptr float, ptr %16, i64 112
  %38 = load <16 x float>, ptr %37, align 4
  %39 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %38, <16 x float> %pacc.sroa.42.0)
  %40 = add nsw i64 %proj_k1, 1
  br label %proj_k

exit:                                             ; preds = %proj_k
  br i1 %10, label %bias, label %join

bias:                                             ; preds = %exit
  %41 = getelementptr float, ptr %out_bias, i64 %col
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fadd <16 x float> %pacc.sroa.0.0, %42
  %44 = add i64 %col, 16
  %45 = getelementptr float, ptr %out_bias, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fadd <16 x float> %pacc.sroa.6.0, %46
  %48 = add i64 %col, 32
  %49 = getelementptr float, ptr %out_bias, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fadd <16 x float> %pacc.sroa.12.0, %50
  %52 = add i64 %col, 48
  %53 = getelementptr float, ptr %out_bias, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fadd <16 x float> %pacc.sroa.18.0, %54
  %56 = add i64 %col, 64
  %57 = getelementptr float, ptr %out_bias, i64 %56
  %58 = load <16 x float>, ptr %57, align 4
  %59 = fadd <16 x float> %pacc.sroa.24.0, %58
  %60 = add i64 %col, 80
  %61 = getelementptr float, ptr %out_bias, i64 %60
  %62 = load <16 x float>, ptr %61, align 4
  %63 = fadd <16 x float> %pacc.sroa.30.0, %62
  %64 = add i64 %col, 96
  %65 = getelementptr float, ptr %out_bias, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %pacc.sroa.36.0, %66
  %68 = add i64 %col, 112
  %69 = getelementptr float, ptr %out_bias, i64 %68
  %70 = load <16 x float>, ptr %69, align 4
  %71 = fadd <16 x float> %pacc.sroa.42.0, %70
  br label %join

join:                                             ; preds = %bias, %exit
  %pacc.sroa.42.1 = phi <16 x float> [ %71, %bias ], [ %pacc.sroa.42.0, %exit ]
  %pacc.sroa.36.1 = phi <16 x float> [ %67, %bias ], [ %pacc.sroa.36.0, %exit ]
  %pacc.sroa.30.1 = phi <16 x float> [ %63, %bias ], [ %pacc.sroa.30.0, %exit ]
  %pacc.sroa.24.1 = phi <16 x float> [ %59, %bias ], [ %pacc.sroa.24.0, %exit ]
  %pacc.sroa.18.1 = phi <16 x float> [ %55, %bias ], [ %pacc.sroa.18.0, %exit ]
  %pacc.sroa.12.1 = phi <16 x float> [ %51, %bias ], [ %pacc.sroa.12.0, %exit ]
  %pacc.sroa.6.1 = phi <16 x float> [ %47, %bias ], [ %pacc.sroa.6.0, %exit ]
  %pacc.sroa.0.1 = phi <16 x float> [ %43, %bias ], [ %pacc.sroa.0.0, %exit ]
  %72 = bitcast <16 x float> %pacc.sroa.0.1 to <16 x i32>
  %73 = lshr <16 x i32> %72, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %74 = and <16 x i32> %73, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %75 = add <16 x i32> %74, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %76 = add <16 x i32> %72, %75
  %77 = lshr <16 x i32> %76, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %78 = fcmp uno <16 x float> %pacc.sroa.0.1, %pacc.sroa.0.1
  %79 = or <16 x i32> %73, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %80 = select <16 x i1> %78, <16 x i32> %79, <16 x i32> %77
  %81 = trunc <16 x i32> %80 to <16 x i16>
  store <16 x i16> %81, ptr %5, align 2
  %82 = getelementptr i8, ptr %5, i64 32
  %83 = bitcast <16 x float> %pacc.sroa.6.1 to <16 x i32>
  %84 = lshr <16 x i32> %83, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %85 = and <16 x i32> %84, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %86 = add <16 x i32> %85, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %87 = add <16 x i32> %83, %86
  %88 = lshr <16 x i32> %87, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %89 = fcmp uno <16 x float> %pacc.sroa.6.1, %pacc.sroa.6.1
  %90 = or <16 x i32> %84, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %91 = select <16 x i1> %89, <16 x i32> %90, <16 x i32> %88
  %92 = trunc <16 x i32> %91 to <16 x i16>
  store <16 x i16> %92, ptr %82, align 2
  %93 = getelementptr i8, ptr %5, i64 64
  %94 = bitcast <16 x float> %pacc.sroa.12.1 to <16 x i32>
  %95 = lshr <16 x i32> %94, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %96 = and <16 x i32> %95, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %97 = add <16 x i32> %96, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %98 = add <16 x i32> %94, %97
  %99 = lshr <16 x i32> %98, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %100 = fcmp uno <16 x float> %pacc.sroa.12.1, %pacc.sroa.12.1
  %101 = or <16 x i32> %95, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %102 = select <16 x i1> %100, <16 x i32> %101, <16 x i32> %99
  %103 = trunc <16 x i32> %102 to <16 x i16>
  store <16 x i16> %103, ptr %93, align 2
  %104 = getelementptr i8, ptr %5, i64 96
  %105 = bitcast <16 x float> %pacc.sroa.18.1 to <16 x i32>
  %106 = lshr <16 x i32> %105, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %107 = and <16 x i32> %106, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %108 = add <16 x i32> %107, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %109 = add <16 x i32> %105, %108
  %110 = lshr <16 x i32> %109, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %111 = fcmp uno <16 x float> %pacc.sroa.18.1, %pacc.sroa.18.1
  %112 = or <16 x i32> %106, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %113 = select <16 x i1> %111, <16 x i32> %112, <16 x i32> %110
  %114 = trunc <16 x i32> %113 to <16 x i16>
  store <16 x i16> %114, ptr %104, align 2
  %115 = getelementptr i8, ptr %5, i64 128
  %116 = bitcast <16 x float> %pacc.sroa.24.1 to <16 x i32>
  %117 = lshr <16 x i32> %116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %118 = and <16 x i32> %117, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %119 = add <16 x i32> %118, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %120 = add <16 x i32> %116, %119
  %121 = lshr <16 x i32> %120, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %122 = fcmp uno <16 x float> %pacc.sroa.24.1, %pacc.sroa.24.1
  %123 = or <16 x i32> %117, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %124 = select <16 x i1> %122, <16 x i32> %123, <16 x i32> %121
  %125 = trunc <16 x i32> %124 to <16 x i16>
  store <16 x i16> %125, ptr %115, align 2
  %126 = getelementptr i8, ptr %5, i64 160
  %127 = bitcast <16 x float> %pacc.sroa.30.1 to <16 x i32>
  %128 = lshr <16 x i32> %127, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %129 = and <16 x i32> %128, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %130 = add <16 x i32> %129, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %131 = add <16 x i32> %127, %130
  %132 = lshr <16 x i32> %131, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %133 = fcmp uno <16 x float> %pacc.sroa.30.1, %pacc.sroa.30.1
  %134 = or <16 x i32> %128, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %135 = select <16 x i1> %133, <16 x i32> %134, <16 x i32> %132
  %136 = trunc <16 x i32> %135 to <16 x i16>
  store <16 x i16> %136, ptr %126, align 2
  %137 = getelementptr i8, ptr %5, i64 192
  %138 = bitcast <16 x float> %pacc.sroa.36.1 to <16 x i32>
  %139 = lshr <16 x i32> %138, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %140 = and <16 x i32> %139, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %141 = add <16 x i32> %140, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %142 = add <16 x i32> %138, %141
  %143 = lshr <16 x i32> %142, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %144 = fcmp uno <16 x float> %pacc.sroa.36.1, %pacc.sroa.36.1
  %145 = or <16 x i32> %139, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %146 = select <16 x i1> %144, <16 x i32> %145, <16 x i32> %143
  %147 = trunc <16 x i32> %146 to <16 x i16>
  store <16 x i16> %147, ptr %137, align 2
  %148 = getelementptr i8, ptr %5, i64 224
  %149 = bitcast <16 x float> %pacc.sroa.42.1 to <16 x i32>
  %150 = lshr <16 x i32> %149, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %151 = and <16 x i32> %150, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %152 = add <16 x i32> %151, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %153 = add <16 x i32> %149, %152
  %154 = lshr <16 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %155 = fcmp uno <16 x float> %pacc.sroa.42.1, %pacc.sroa.42.1
  %156 = or <16 x i32> %150, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %157 = select <16 x i1> %155, <16 x i32> %156, <16 x i32> %154
  %158 = trunc <16 x i32> %157 to <16 x i16>
  store <16 x i16> %158, ptr %148, align 2
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nounwind
define internal void @xcache_t5_11b_tile(ptr %0, ptr %1) #0 {
entry:
  %dots = alloca [16 x <16 x float>], align 64
  %qnope = alloca [8 x <16 x float>], align 64
  %lv = alloca [2 x <16 x float>], align 64
  %mv = alloca [2 x <16 x float>], align 64
  %lims = alloca [32 x i32], align 64
  %rowbuf = alloca [64 x <16 x float>], align 64
  %ot = alloca [131072 x i8], align 64
  %st = alloca [3072 x i8], align 64
  %vbuf = alloca [49152 x i8], align 64
  %kbuf = alloca [98304 x i8], align 64
  %qt = alloca [131072 x i8], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %15 = getelementptr i8, ptr %0, i64 48
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 4096
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 2048
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %qrow, label %done

done:                                             ; preds = %orow131, %entry
  ret void

qrow:                                             ; preds = %entry, %exit17
  %qrow1 = phi i32 [ %201, %exit17 ], [ 0, %entry ]
  %24 = icmp slt i32 %qrow1, 32
  br i1 %24, label %body, label %otzero

body:                                             ; preds = %qrow
  %25 = icmp slt i32 %qrow1, %nrows
  %26 = sub i32 %nrows, 1
  %27 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %26)
  %28 = sdiv i32 %27, %nh
  %qi = add i32 %q_begin, %28
  %29 = srem i32 %27, %nh
  %h = add i32 %h_begin, %29
  %30 = mul i32 %kv_head, 128
  %hq = add i32 %30, %h
  %31 = sext i32 %qi to i64
  %32 = add i64 %q_row0, %31
  %33 = mul i64 %32, 128
  %34 = sext i32 %hq to i64
  %orow = add i64 %33, %34
  %35 = mul i64 %orow, 256
  %36 = getelementptr i8, ptr %q, i64 %35
  %37 = select i1 %25, float 0x3FC0527DC0000000, float 0.000000e+00
  %38 = insertelement <16 x float> poison, float %37, i32 0
  %splat = shufflevector <16 x float> %38, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %39 = icmp slt i64 %chunk5, 8
  br i1 %39, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %40 = mul i64 %chunk5, 32
  %41 = getelementptr i8, ptr %36, i64 %40
  %42 = load <16 x i16>, ptr %41, align 2
  %43 = zext <16 x i16> %42 to <16 x i32>
  %44 = shl <16 x i32> %43, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %44 to <16 x float>
  %45 = fmul <16 x float> %bf16, %splat
  %46 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = srem i64 %orow, 128
  %49 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %49, align 8
  %50 = mul i64 %48, 128
  %51 = getelementptr float, ptr %w_absorb, i64 %50
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %191, %exit12 ]
  %52 = icmp slt i64 %absorb9, 64
  br i1 %52, label %body6, label %exit8

body6:                                            ; preds = %absorb
  %53 = mul i64 %absorb9, 16
  br label %absorb_out

exit8:                                            ; preds = %absorb
  %54 = sext i32 %qrow1 to i64
  %55 = getelementptr i32, ptr %lims, i64 %54
  %56 = add i32 %q_pos0, %qi
  %57 = add i32 %56, 1
  %58 = call i32 @llvm.smin.i32(i32 %57, i32 %k_end)
  store i32 %58, ptr %55, align 4
  %59 = sdiv i32 %qrow1, 32
  %60 = sext i32 %59 to i64
  %61 = mul i64 %60, 32768
  %62 = getelementptr i32, ptr %qt, i64 %61
  %63 = srem i32 %qrow1, 32
  br label %qcol

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %108, %body10 ]
  %64 = icmp slt i64 %absorb_out13, 16
  br i1 %64, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %65 = add i64 %53, %absorb_out13
  %66 = call i64 @llvm.smin.i64(i64 %65, i64 1023)
  %67 = mul i64 %66, 16384
  %68 = getelementptr float, ptr %51, i64 %67
  %69 = load <16 x float>, ptr %68, align 4
  %70 = load <16 x float>, ptr %qnope, align 64
  %71 = fmul <16 x float> %70, %69
  %72 = getelementptr float, ptr %68, i64 16
  %73 = load <16 x float>, ptr %72, align 4
  %74 = getelementptr <16 x float>, ptr %qnope, i64 1
  %75 = load <16 x float>, ptr %74, align 64
  %76 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %75, <16 x float> %73, <16 x float> %71)
  %77 = getelementptr float, ptr %68, i64 32
  %78 = load <16 x float>, ptr %77, align 4
  %79 = getelementptr <16 x float>, ptr %qnope, i64 2
  %80 = load <16 x float>, ptr %79, align 64
  %81 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %80, <16 x float> %78, <16 x float> %76)
  %82 = getelementptr float, ptr %68, i64 48
  %83 = load <16 x float>, ptr %82, align 4
  %84 = getelementptr <16 x float>, ptr %qnope, i64 3
  %85 = load <16 x float>, ptr %84, align 64
  %86 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %85, <16 x float> %83, <16 x float> %81)
  %87 = getelementptr float, ptr %68, i64 64
  %88 = load <16 x float>, ptr %87, align 4
  %89 = getelementptr <16 x float>, ptr %qnope, i64 4
  %90 = load <16 x float>, ptr %89, align 64
  %91 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %90, <16 x float> %88, <16 x float> %86)
  %92 = getelementptr float, ptr %68, i64 80
  %93 = load <16 x float>, ptr %92, align 4
  %94 = getelementptr <16 x float>, ptr %qnope, i64 5
  %95 = load <16 x float>, ptr %94, align 64
  %96 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %95, <16 x float> %93, <16 x float> %91)
  %97 = getelementptr float, ptr %68, i64 96
  %98 = load <16 x float>, ptr %97, align 4
  %99 = getelementptr <16 x float>, ptr %qnope, i64 6
  %100 = load <16 x float>, ptr %99, align 64
  %101 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %100, <16 x float> %98, <16 x float> %96)
  %102 = getelementptr float, ptr %68, i64 112
  %103 = load <16 x float>, ptr %102, align 4
  %104 = getelementptr <16 x float>, ptr %qnope, i64 7
  %105 = load <16 x float>, ptr %104, align 64
  %106 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %105, <16 x float> %103, <16 x float> %101)
  %107 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %106, ptr %107, align 64
  %108 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %109 = load <16 x float>, ptr %dots, align 64
  %110 = getelementptr <16 x float>, ptr %dots, i64 1
  %111 = load <16 x float>, ptr %110, align 64
  %112 = shufflevector <16 x float> %109, <16 x float> %111, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %113 = shufflevector <16 x float> %109, <16 x float> %111, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %114 = fadd <16 x float> %112, %113
  %115 = getelementptr <16 x float>, ptr %dots, i64 2
  %116 = load <16 x float>, ptr %115, align 64
  %117 = getelementptr <16 x float>, ptr %dots, i64 3
  %118 = load <16 x float>, ptr %117, align 64
  %119 = shufflevector <16 x float> %116, <16 x float> %118, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %120 = shufflevector <16 x float> %116, <16 x float> %118, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %121 = fadd <16 x float> %119, %120
  %122 = shufflevector <16 x float> %114, <16 x float> %121, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %123 = shufflevector <16 x float> %114, <16 x float> %121, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %124 = fadd <16 x float> %122, %123
  %125 = getelementptr <16 x float>, ptr %dots, i64 4
  %126 = load <16 x float>, ptr %125, align 64
  %127 = getelementptr <16 x float>, ptr %dots, i64 5
  %128 = load <16 x float>, ptr %127, align 64
  %129 = shufflevector <16 x float> %126, <16 x float> %128, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %130 = shufflevector <16 x float> %126, <16 x float> %128, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %131 = fadd <16 x float> %129, %130
  %132 = getelementptr <16 x float>, ptr %dots, i64 6
  %133 = load <16 x float>, ptr %132, align 64
  %134 = getelementptr <16 x float>, ptr %dots, i64 7
  %135 = load <16 x float>, ptr %134, align 64
  %136 = shufflevector <16 x float> %133, <16 x float> %135, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %137 = shufflevector <16 x float> %133, <16 x float> %135, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %138 = fadd <16 x float> %136, %137
  %139 = shufflevector <16 x float> %131, <16 x float> %138, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %140 = shufflevector <16 x float> %131, <16 x float> %138, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %141 = fadd <16 x float> %139, %140
  %142 = shufflevector <16 x float> %124, <16 x float> %141, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %143 = shufflevector <16 x float> %124, <16 x float> %141, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %144 = fadd <16 x float> %142, %143
  %145 = getelementptr <16 x float>, ptr %dots, i64 8
  %146 = load <16 x float>, ptr %145, align 64
  %147 = getelementptr <16 x float>, ptr %dots, i64 9
  %148 = load <16 x float>, ptr %147, align 64
  %149 = shufflevector <16 x float> %146, <16 x float> %148, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %150 = shufflevector <16 x float> %146, <16 x float> %148, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %151 = fadd <16 x float> %149, %150
  %152 = getelementptr <16 x float>, ptr %dots, i64 10
  %153 = load <16 x float>, ptr %152, align 64
  %154 = getelementptr <16 x float>, ptr %dots, i64 11
  %155 = load <16 x float>, ptr %154, align 64
  %156 = shufflevector <16 x float> %153, <16 x float> %155, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %157 = shufflevector <16 x float> %153, <16 x float> %155, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %158 = fadd <16 x float> %156, %157
  %159 = shufflevector <16 x float> %151, <16 x float> %158, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %160 = shufflevector <16 x float> %151, <16 x float> %158, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %161 = fadd <16 x float> %159, %160
  %162 = getelementptr <16 x float>, ptr %dots, i64 12
  %163 = load <16 x float>, ptr %162, align 64
  %164 = getelementptr <16 x float>, ptr %dots, i64 13
  %165 = load <16 x float>, ptr %164, align 64
  %166 = shufflevector <16 x float> %163, <16 x float> %165, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %167 = shufflevector <16 x float> %163, <16 x float> %165, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %168 = fadd <16 x float> %166, %167
  %169 = getelementptr <16 x float>, ptr %dots, i64 14
  %170 = load <16 x float>, ptr %169, align 64
  %171 = getelementptr <16 x float>, ptr %dots, i64 15
  %172 = load <16 x float>, ptr %171, align 64
  %173 = shufflevector <16 x float> %170, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %174 = shufflevector <16 x float> %170, <16 x float> %172, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %175 = fadd <16 x float> %173, %174
  %176 = shufflevector <16 x float> %168, <16 x float> %175, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %177 = shufflevector <16 x float> %168, <16 x float> %175, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %178 = fadd <16 x float> %176, %177
  %179 = shufflevector <16 x float> %161, <16 x float> %178, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %180 = shufflevector <16 x float> %161, <16 x float> %178, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %181 = fadd <16 x float> %179, %180
  %182 = shufflevector <16 x float> %144, <16 x float> %181, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %183 = shufflevector <16 x float> %144, <16 x float> %181, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %184 = fadd <16 x float> %182, %183
  %185 = trunc i64 %53 to i32
  %186 = insertelement <16 x i32> poison, i32 %185, i32 0
  %splat14 = shufflevector <16 x i32> %186, <16 x i32> poison, <16 x i32> zeroinitializer
  %187 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %188 = icmp slt <16 x i32> %187, <i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024>
  %189 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %190 = select <16 x i1> %188, <16 x float> %184, <16 x float> zeroinitializer
  store <16 x float> %190, ptr %189, align 64
  %191 = add nsw i64 %absorb9, 1
  br label %absorb

qcol:                                             ; preds = %body15, %exit8
  %qcol18 = phi i32 [ 0, %exit8 ], [ %200, %body15 ]
  %192 = icmp slt i32 %qcol18, 1024
  br i1 %192, label %body15, label %exit17

body15:                                           ; preds = %qcol
  %193 = sext i32 %qcol18 to i64
  %194 = getelementptr i32, ptr %rowbuf, i64 %193
  %195 = load float, ptr %194, align 4
  %196 = sext i32 %63 to i64
  %197 = mul i64 %193, 32
  %198 = add i64 %197, %196
  %199 = getelementptr i32, ptr %62, i64 %198
  store float %195, ptr %199, align 4
  %200 = add nsw i32 %qcol18, 1
  br label %qcol

exit17:                                           ; preds = %qcol
  %201 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body19
  %otzero22 = phi i32 [ %206, %body19 ], [ 0, %qrow ]
  %202 = icmp slt i32 %otzero22, 2048
  br i1 %202, label %body19, label %exit21

body19:                                           ; preds = %otzero
  %203 = sext i32 %otzero22 to i64
  %204 = mul i64 %203, 16
  %205 = getelementptr i32, ptr %ot, i64 %204
  store <16 x float> zeroinitializer, ptr %205, align 64
  %206 = add nsw i32 %otzero22, 1
  br label %otzero

exit21:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %207 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %207, align 64
  %208 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %208, align 64
  %209 = sub i32 %nrows, 1
  %210 = sdiv i32 %209, %nh
  %211 = add i32 %q_begin, %210
  %212 = add i32 %q_pos0, %211
  %213 = add i32 %212, 1
  %214 = call i32 @llvm.smin.i32(i32 %213, i32 %k_end)
  %k_last = sub i32 %214, 1
  br label %ktile

ktile:                                            ; preds = %exit49, %exit21
  %ktile26 = phi i32 [ %k_begin, %exit21 ], [ %280, %exit49 ]
  %215 = icmp slt i32 %ktile26, %214
  br i1 %215, label %body23, label %exit25

body23:                                           ; preds = %ktile
  %216 = sub i32 %214, %ktile26
  %217 = call i32 @llvm.smin.i32(i32 12, i32 %216)
  %218 = add i32 %217, 11
  %219 = sdiv i32 %218, 12
  %220 = mul i32 %219, 12
  br label %kpack

exit25:                                           ; preds = %ktile
  %221 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %221, ptr %ms, align 64
  %222 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %222, ptr %ls, align 64
  %223 = getelementptr float, ptr %ms, i64 16
  %224 = load <16 x float>, ptr %207, align 64
  store <16 x float> %224, ptr %223, align 64
  %225 = getelementptr float, ptr %ls, i64 16
  %226 = load <16 x float>, ptr %208, align 64
  store <16 x float> %226, ptr %225, align 64
  br label %orow131

kpack:                                            ; preds = %exit34, %body23
  %kpack30 = phi i32 [ 0, %body23 ], [ %246, %exit34 ]
  %227 = icmp slt i32 %kpack30, %220
  br i1 %227, label %body27, label %vpack

body27:                                           ; preds = %kpack
  %228 = add i32 %ktile26, %kpack30
  %229 = call i32 @llvm.smin.i32(i32 %228, i32 %k_last)
  %230 = sext i32 %229 to i64
  %231 = mul i64 %230, 2048
  %232 = getelementptr i8, ptr %22, i64 %231
  %233 = sext i32 %kpack30 to i64
  %234 = mul i64 %233, 1024
  %235 = getelementptr i32, ptr %kbuf, i64 %234
  br label %chunk31

chunk31:                                          ; preds = %body32, %body27
  %chunk35 = phi i64 [ 0, %body27 ], [ %245, %body32 ]
  %236 = icmp slt i64 %chunk35, 64
  br i1 %236, label %body32, label %exit34

body32:                                           ; preds = %chunk31
  %237 = mul i64 %chunk35, 16
  %238 = mul i64 %237, 2
  %239 = mul i64 %237, 4
  %240 = getelementptr i8, ptr %232, i64 %238
  %241 = load <16 x i16>, ptr %240, align 2
  %242 = zext <16 x i16> %241 to <16 x i32>
  %243 = shl <16 x i32> %242, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1636 = bitcast <16 x i32> %243 to <16 x float>
  %244 = getelementptr i8, ptr %235, i64 %239
  store <16 x float> %bf1636, ptr %244, align 64
  %245 = add nsw i64 %chunk35, 1
  br label %chunk31

exit34:                                           ; preds = %chunk31
  %246 = add nsw i32 %kpack30, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit44
  %vpack40 = phi i32 [ %266, %exit44 ], [ 0, %kpack ]
  %247 = icmp slt i32 %vpack40, %217
  br i1 %247, label %body37, label %exit39

body37:                                           ; preds = %vpack
  %248 = add i32 %ktile26, %vpack40
  %249 = sext i32 %248 to i64
  %250 = mul i64 %249, 2048
  %251 = getelementptr i8, ptr %22, i64 %250
  %252 = sext i32 %vpack40 to i64
  %253 = mul i64 %252, 1024
  %254 = getelementptr i32, ptr %vbuf, i64 %253
  br label %chunk41

exit39:                                           ; preds = %vpack
  %255 = add i32 %nrows, 31
  %nblk = sdiv i32 %255, 32
  br label %rblock

chunk41:                                          ; preds = %body42, %body37
  %chunk45 = phi i64 [ 0, %body37 ], [ %265, %body42 ]
  %256 = icmp slt i64 %chunk45, 64
  br i1 %256, label %body42, label %exit44

body42:                                           ; preds = %chunk41
  %257 = mul i64 %chunk45, 16
  %258 = mul i64 %257, 2
  %259 = mul i64 %257, 4
  %260 = getelementptr i8, ptr %251, i64 %258
  %261 = load <16 x i16>, ptr %260, align 2
  %262 = zext <16 x i16> %261 to <16 x i32>
  %263 = shl <16 x i32> %262, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1646 = bitcast <16 x i32> %263 to <16 x float>
  %264 = getelementptr i8, ptr %254, i64 %259
  store <16 x float> %bf1646, ptr %264, align 64
  %265 = add nsw i64 %chunk45, 1
  br label %chunk41

exit44:                                           ; preds = %chunk41
  %266 = add nsw i32 %vpack40, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit39
  %rblock50 = phi i32 [ 0, %exit39 ], [ %291, %join ]
  %267 = icmp slt i32 %rblock50, %nblk
  br i1 %267, label %body47, label %exit49

body47:                                           ; preds = %rblock
  %268 = sext i32 %rblock50 to i64
  %269 = mul i32 %rblock50, 32
  %270 = add i32 %269, 31
  %271 = call i32 @llvm.smin.i32(i32 %270, i32 %209)
  %272 = sdiv i32 %271, %nh
  %273 = add i32 %q_begin, %272
  %274 = add i32 %q_pos0, %273
  %275 = add i32 %274, 1
  %276 = call i32 @llvm.smin.i32(i32 %275, i32 %k_end)
  %277 = sub i32 %276, %ktile26
  %278 = call i32 @llvm.smin.i32(i32 %217, i32 %277)
  %279 = icmp sgt i32 %278, 0
  br i1 %279, label %rvisit, label %join

exit49:                                           ; preds = %rblock
  %280 = add nsw i32 %ktile26, 12
  br label %ktile

rvisit:                                           ; preds = %body47
  %281 = mul i64 %268, 32768
  %282 = getelementptr i32, ptr %qt, i64 %281
  %283 = getelementptr i32, ptr %ot, i64 %281
  %284 = mul i64 %268, 2
  %285 = getelementptr <16 x float>, ptr %mv, i64 %284
  %286 = getelementptr <16 x float>, ptr %lv, i64 %284
  %287 = mul i64 %268, 32
  %288 = getelementptr i32, ptr %lims, i64 %287
  %limv = load <16 x i32>, ptr %288, align 64
  %289 = add i64 %287, 16
  %290 = getelementptr i32, ptr %lims, i64 %289
  %limv51 = load <16 x i32>, ptr %290, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body47
  %291 = add nsw i32 %rblock50, 1
  br label %rblock

sblock:                                           ; preds = %exit58, %rvisit
  %sblock55 = phi i32 [ 0, %rvisit ], [ %375, %exit58 ]
  %292 = icmp slt i32 %sblock55, %278
  br i1 %292, label %body52, label %smask

body52:                                           ; preds = %sblock
  %293 = sext i32 %sblock55 to i64
  %294 = mul i64 %293, 1024
  %295 = getelementptr i32, ptr %kbuf, i64 %294
  br label %sdim

sdim:                                             ; preds = %body56, %body52
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %348, %body56 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %347, %body56 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %344, %body56 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %343, %body56 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %340, %body56 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %339, %body56 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %336, %body56 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %335, %body56 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %332, %body56 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %331, %body56 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %328, %body56 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %327, %body56 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %324, %body56 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %323, %body56 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %320, %body56 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %319, %body56 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %316, %body56 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %315, %body56 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %312, %body56 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %311, %body56 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %308, %body56 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %307, %body56 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %304, %body56 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %303, %body56 ]
  %sdim59 = phi i32 [ 0, %body52 ], [ %349, %body56 ]
  %296 = icmp slt i32 %sdim59, 1024
  br i1 %296, label %body56, label %exit58

body56:                                           ; preds = %sdim
  %297 = sext i32 %sdim59 to i64
  %298 = mul i64 %297, 32
  %299 = getelementptr i32, ptr %282, i64 %298
  %qt60 = load <16 x float>, ptr %299, align 64
  %300 = getelementptr i32, ptr %299, i64 16
  %qt61 = load <16 x float>, ptr %300, align 64
  %301 = getelementptr i32, ptr %295, i64 %297
  %k = load float, ptr %301, align 4
  %302 = insertelement <16 x float> poison, float %k, i32 0
  %splat62 = shufflevector <16 x float> %302, <16 x float> poison, <16 x i32> zeroinitializer
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat62, <16 x float> %sacc.sroa.0.0)
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat62, <16 x float> %sacc.sroa.4.0)
  %305 = getelementptr i32, ptr %301, i64 1024
  %k63 = load float, ptr %305, align 4
  %306 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %306, <16 x float> poison, <16 x i32> zeroinitializer
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat64, <16 x float> %sacc.sroa.8.0)
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat64, <16 x float> %sacc.sroa.12.0)
  %309 = getelementptr i32, ptr %301, i64 2048
  %k65 = load float, ptr %309, align 4
  %310 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %310, <16 x float> poison, <16 x i32> zeroinitializer
  %311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat66, <16 x float> %sacc.sroa.16.0)
  %312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat66, <16 x float> %sacc.sroa.20.0)
  %313 = getelementptr i32, ptr %301, i64 3072
  %k67 = load float, ptr %313, align 4
  %314 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %314, <16 x float> poison, <16 x i32> zeroinitializer
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat68, <16 x float> %sacc.sroa.24.0)
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat68, <16 x float> %sacc.sroa.28.0)
  %317 = getelementptr i32, ptr %301, i64 4096
  %k69 = load float, ptr %317, align 4
  %318 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %318, <16 x float> poison, <16 x i32> zeroinitializer
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat70, <16 x float> %sacc.sroa.32.0)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat70, <16 x float> %sacc.sroa.36.0)
  %321 = getelementptr i32, ptr %301, i64 5120
  %k71 = load float, ptr %321, align 4
  %322 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %322, <16 x float> poison, <16 x i32> zeroinitializer
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat72, <16 x float> %sacc.sroa.40.0)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat72, <16 x float> %sacc.sroa.44.0)
  %325 = getelementptr i32, ptr %301, i64 6144
  %k73 = load float, ptr %325, align 4
  %326 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %326, <16 x float> poison, <16 x i32> zeroinitializer
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat74, <16 x float> %sacc.sroa.48.0)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat74, <16 x float> %sacc.sroa.52.0)
  %329 = getelementptr i32, ptr %301, i64 7168
  %k75 = load float, ptr %329, align 4
  %330 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat76, <16 x float> %sacc.sroa.56.0)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat76, <16 x float> %sacc.sroa.60.0)
  %333 = getelementptr i32, ptr %301, i64 8192
  %k77 = load float, ptr %333, align 4
  %334 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %334, <16 x float> poison, <16 x i32> zeroinitializer
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat78, <16 x float> %sacc.sroa.64.0)
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat78, <16 x float> %sacc.sroa.68.0)
  %337 = getelementptr i32, ptr %301, i64 9216
  %k79 = load float, ptr %337, align 4
  %338 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %338, <16 x float> poison, <16 x i32> zeroinitializer
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat80, <16 x float> %sacc.sroa.72.0)
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat80, <16 x float> %sacc.sroa.76.0)
  %341 = getelementptr i32, ptr %301, i64 10240
  %k81 = load float, ptr %341, align 4
  %342 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %342, <16 x float> poison, <16 x i32> zeroinitializer
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat82, <16 x float> %sacc.sroa.80.0)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat82, <16 x float> %sacc.sroa.84.0)
  %345 = getelementptr i32, ptr %301, i64 11264
  %k83 = load float, ptr %345, align 4
  %346 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %346, <16 x float> poison, <16 x i32> zeroinitializer
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat84, <16 x float> %sacc.sroa.88.0)
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat84, <16 x float> %sacc.sroa.92.0)
  %349 = add nsw i32 %sdim59, 1
  br label %sdim

exit58:                                           ; preds = %sdim
  %350 = mul i64 %293, 32
  %351 = getelementptr i32, ptr %st, i64 %350
  store <16 x float> %sacc.sroa.0.0, ptr %351, align 64
  %352 = getelementptr i32, ptr %351, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %352, align 64
  %353 = getelementptr i32, ptr %351, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %353, align 64
  %354 = getelementptr i32, ptr %351, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %354, align 64
  %355 = getelementptr i32, ptr %351, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %355, align 64
  %356 = getelementptr i32, ptr %351, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %356, align 64
  %357 = getelementptr i32, ptr %351, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %357, align 64
  %358 = getelementptr i32, ptr %351, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %358, align 64
  %359 = getelementptr i32, ptr %351, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %359, align 64
  %360 = getelementptr i32, ptr %351, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %360, align 64
  %361 = getelementptr i32, ptr %351, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %361, align 64
  %362 = getelementptr i32, ptr %351, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %362, align 64
  %363 = getelementptr i32, ptr %351, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %363, align 64
  %364 = getelementptr i32, ptr %351, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %364, align 64
  %365 = getelementptr i32, ptr %351, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %365, align 64
  %366 = getelementptr i32, ptr %351, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %366, align 64
  %367 = getelementptr i32, ptr %351, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %367, align 64
  %368 = getelementptr i32, ptr %351, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %368, align 64
  %369 = getelementptr i32, ptr %351, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %369, align 64
  %370 = getelementptr i32, ptr %351, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %370, align 64
  %371 = getelementptr i32, ptr %351, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %371, align 64
  %372 = getelementptr i32, ptr %351, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %372, align 64
  %373 = getelementptr i32, ptr %351, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %373, align 64
  %374 = getelementptr i32, ptr %351, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %374, align 64
  %375 = add nsw i32 %sblock55, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body85
  %tmax.sroa.4.0 = phi <16 x float> [ %389, %body85 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %384, %body85 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask88 = phi i32 [ %390, %body85 ], [ 0, %sblock ]
  %376 = icmp slt i32 %smask88, %278
  br i1 %376, label %body85, label %exit87

body85:                                           ; preds = %smask
  %377 = add i32 %ktile26, %smask88
  %378 = insertelement <16 x i32> poison, i32 %377, i32 0
  %splat89 = shufflevector <16 x i32> %378, <16 x i32> poison, <16 x i32> zeroinitializer
  %379 = sext i32 %smask88 to i64
  %380 = mul i64 %379, 32
  %381 = getelementptr i32, ptr %st, i64 %380
  %s = load <16 x float>, ptr %381, align 64
  %382 = icmp slt <16 x i32> %splat89, %limv
  %383 = select <16 x i1> %382, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %383, ptr %381, align 64
  %384 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %383)
  %385 = add i64 %380, 16
  %386 = getelementptr i32, ptr %st, i64 %385
  %s90 = load <16 x float>, ptr %386, align 64
  %387 = icmp slt <16 x i32> %splat89, %limv51
  %388 = select <16 x i1> %387, <16 x float> %s90, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %388, ptr %386, align 64
  %389 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %388)
  %390 = add nsw i32 %smask88, 1
  br label %smask

exit87:                                           ; preds = %smask
  %m = load <16 x float>, ptr %285, align 64
  %391 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %392 = fcmp oeq <16 x float> %391, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse91 = select <16 x i1> %392, <16 x float> zeroinitializer, <16 x float> %391
  %393 = fsub <16 x float> %m, %muse91
  %394 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %393, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %395 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %394, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %396 = fadd <16 x float> %395, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %396, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %395, %n
  %397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %397, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %398, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %400 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %399, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %401 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %400, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %401, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %403 = fptosi <16 x float> %n to <16 x i32>
  %404 = add <16 x i32> %403, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %405 = shl <16 x i32> %404, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %406 = bitcast <16 x i32> %405 to <16 x float>
  %exp2 = fmul <16 x float> %402, %406
  store <16 x float> %391, ptr %285, align 64
  %407 = getelementptr <16 x float>, ptr %285, i64 1
  %m92 = load <16 x float>, ptr %407, align 64
  %408 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m92, <16 x float> %tmax.sroa.4.0)
  %409 = fcmp oeq <16 x float> %408, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse93 = select <16 x i1> %409, <16 x float> zeroinitializer, <16 x float> %408
  %410 = fsub <16 x float> %m92, %muse93
  %411 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %410, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %412 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %411, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %413 = fadd <16 x float> %412, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n94 = fsub <16 x float> %413, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f95 = fsub <16 x float> %412, %n94
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f95, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %414, <16 x float> %f95, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f95, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %416, <16 x float> %f95, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %417, <16 x float> %f95, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %418, <16 x float> %f95, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %420 = fptosi <16 x float> %n94 to <16 x i32>
  %421 = add <16 x i32> %420, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %422 = shl <16 x i32> %421, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %423 = bitcast <16 x i32> %422 to <16 x float>
  %exp296 = fmul <16 x float> %419, %423
  store <16 x float> %408, ptr %407, align 64
  br label %sexp

sexp:                                             ; preds = %body97, %exit87
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit87 ], [ %461, %body97 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit87 ], [ %443, %body97 ]
  %sexp100 = phi i32 [ 0, %exit87 ], [ %462, %body97 ]
  %424 = icmp slt i32 %sexp100, %278
  br i1 %424, label %body97, label %exit99

body97:                                           ; preds = %sexp
  %425 = sext i32 %sexp100 to i64
  %426 = mul i64 %425, 32
  %427 = getelementptr i32, ptr %st, i64 %426
  %428 = load <16 x float>, ptr %427, align 64
  %429 = fsub <16 x float> %428, %muse91
  %430 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %429, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %431 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %430, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %432 = fadd <16 x float> %431, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n101 = fsub <16 x float> %432, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f102 = fsub <16 x float> %431, %n101
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f102, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f102, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %434, <16 x float> %f102, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %435, <16 x float> %f102, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %436, <16 x float> %f102, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %437, <16 x float> %f102, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %439 = fptosi <16 x float> %n101 to <16 x i32>
  %440 = add <16 x i32> %439, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %441 = shl <16 x i32> %440, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %442 = bitcast <16 x i32> %441 to <16 x float>
  %exp2103 = fmul <16 x float> %438, %442
  store <16 x float> %exp2103, ptr %427, align 64
  %443 = fadd <16 x float> %lsum.sroa.0.0, %exp2103
  %444 = add i64 %426, 16
  %445 = getelementptr i32, ptr %st, i64 %444
  %446 = load <16 x float>, ptr %445, align 64
  %447 = fsub <16 x float> %446, %muse93
  %448 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %447, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %449 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %448, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %450 = fadd <16 x float> %449, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n104 = fsub <16 x float> %450, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f105 = fsub <16 x float> %449, %n104
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f105, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %451, <16 x float> %f105, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %452, <16 x float> %f105, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %453, <16 x float> %f105, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %454, <16 x float> %f105, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %456 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %455, <16 x float> %f105, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %457 = fptosi <16 x float> %n104 to <16 x i32>
  %458 = add <16 x i32> %457, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %459 = shl <16 x i32> %458, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %460 = bitcast <16 x i32> %459 to <16 x float>
  %exp2106 = fmul <16 x float> %456, %460
  store <16 x float> %exp2106, ptr %445, align 64
  %461 = fadd <16 x float> %lsum.sroa.4.0, %exp2106
  %462 = add nsw i32 %sexp100, 1
  br label %sexp

exit99:                                           ; preds = %sexp
  %463 = load <16 x float>, ptr %286, align 64
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %463, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %464, ptr %286, align 64
  %465 = getelementptr <16 x float>, ptr %286, i64 1
  %466 = load <16 x float>, ptr %465, align 64
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %466, <16 x float> %exp296, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %467, ptr %465, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit113, %exit99
  %pvblock110 = phi i32 [ 0, %exit99 ], [ %561, %exit113 ]
  %468 = icmp slt i32 %pvblock110, 128
  br i1 %468, label %body107, label %join

body107:                                          ; preds = %pvblock
  %469 = mul i32 %pvblock110, 8
  %470 = sext i32 %469 to i64
  %471 = mul i64 %470, 32
  %472 = getelementptr i32, ptr %283, i64 %471
  %473 = load <16 x float>, ptr %472, align 64
  %474 = fmul <16 x float> %473, %exp2
  %475 = getelementptr i32, ptr %472, i64 16
  %476 = load <16 x float>, ptr %475, align 64
  %477 = fmul <16 x float> %476, %exp296
  %478 = getelementptr i32, ptr %472, i64 32
  %479 = load <16 x float>, ptr %478, align 64
  %480 = fmul <16 x float> %479, %exp2
  %481 = getelementptr i32, ptr %472, i64 48
  %482 = load <16 x float>, ptr %481, align 64
  %483 = fmul <16 x float> %482, %exp296
  %484 = getelementptr i32, ptr %472, i64 64
  %485 = load <16 x float>, ptr %484, align 64
  %486 = fmul <16 x float> %485, %exp2
  %487 = getelementptr i32, ptr %472, i64 80
  %488 = load <16 x float>, ptr %487, align 64
  %489 = fmul <16 x float> %488, %exp296
  %490 = getelementptr i32, ptr %472, i64 96
  %491 = load <16 x float>, ptr %490, align 64
  %492 = fmul <16 x float> %491, %exp2
  %493 = getelementptr i32, ptr %472, i64 112
  %494 = load <16 x float>, ptr %493, align 64
  %495 = fmul <16 x float> %494, %exp296
  %496 = getelementptr i32, ptr %472, i64 128
  %497 = load <16 x float>, ptr %496, align 64
  %498 = fmul <16 x float> %497, %exp2
  %499 = getelementptr i32, ptr %472, i64 144
  %500 = load <16 x float>, ptr %499, align 64
  %501 = fmul <16 x float> %500, %exp296
  %502 = getelementptr i32, ptr %472, i64 160
  %503 = load <16 x float>, ptr %502, align 64
  %504 = fmul <16 x float> %503, %exp2
  %505 = getelementptr i32, ptr %472, i64 176
  %506 = load <16 x float>, ptr %505, align 64
  %507 = fmul <16 x float> %506, %exp296
  %508 = getelementptr i32, ptr %472, i64 192
  %509 = load <16 x float>, ptr %508, align 64
  %510 = fmul <16 x float> %509, %exp2
  %511 = getelementptr i32, ptr %472, i64 208
  %512 = load <16 x float>, ptr %511, align 64
  %513 = fmul <16 x float> %512, %exp296
  %514 = getelementptr i32, ptr %472, i64 224
  %515 = load <16 x float>, ptr %514, align 64
  %516 = fmul <16 x float> %515, %exp2
  %517 = getelementptr i32, ptr %472, i64 240
  %518 = load <16 x float>, ptr %517, align 64
  %519 = fmul <16 x float> %518, %exp296
  br label %kpv

kpv:                                              ; preds = %body111, %body107
  %o.sroa.44.0 = phi <16 x float> [ %507, %body107 ], [ %551, %body111 ]
  %o.sroa.40.0 = phi <16 x float> [ %504, %body107 ], [ %550, %body111 ]
  %o.sroa.36.0 = phi <16 x float> [ %501, %body107 ], [ %547, %body111 ]
  %o.sroa.32.0 = phi <16 x float> [ %498, %body107 ], [ %546, %body111 ]
  %o.sroa.28.0 = phi <16 x float> [ %495, %body107 ], [ %543, %body111 ]
  %o.sroa.24.0 = phi <16 x float> [ %492, %body107 ], [ %542, %body111 ]
  %o.sroa.20.0 = phi <16 x float> [ %489, %body107 ], [ %539, %body111 ]
  %o.sroa.16.0 = phi <16 x float> [ %486, %body107 ], [ %538, %body111 ]
  %o.sroa.12.0 = phi <16 x float> [ %483, %body107 ], [ %535, %body111 ]
  %o.sroa.8.0 = phi <16 x float> [ %480, %body107 ], [ %534, %body111 ]
  %o.sroa.4.0 = phi <16 x float> [ %477, %body107 ], [ %531, %body111 ]
  %o.sroa.0.0 = phi <16 x float> [ %474, %body107 ], [ %530, %body111 ]
  %o.sroa.48.0 = phi <16 x float> [ %510, %body107 ], [ %554, %body111 ]
  %o.sroa.52.0 = phi <16 x float> [ %513, %body107 ], [ %555, %body111 ]
  %o.sroa.56.0 = phi <16 x float> [ %516, %body107 ], [ %558, %body111 ]
  %o.sroa.60.0 = phi <16 x float> [ %519, %body107 ], [ %559, %body111 ]
  %kpv114 = phi i32 [ 0, %body107 ], [ %560, %body111 ]
  %520 = icmp slt i32 %kpv114, %278
  br i1 %520, label %body111, label %exit113

body111:                                          ; preds = %kpv
  %521 = sext i32 %kpv114 to i64
  %522 = mul i64 %521, 32
  %523 = getelementptr i32, ptr %st, i64 %522
  %p = load <16 x float>, ptr %523, align 64
  %524 = add i64 %522, 16
  %525 = getelementptr i32, ptr %st, i64 %524
  %p115 = load <16 x float>, ptr %525, align 64
  %526 = mul i64 %521, 4096
  %527 = getelementptr i8, ptr %vbuf, i64 %526
  %528 = getelementptr i32, ptr %527, i64 %470
  %v = load float, ptr %528, align 4
  %529 = insertelement <16 x float> poison, float %v, i32 0
  %splat116 = shufflevector <16 x float> %529, <16 x float> poison, <16 x i32> zeroinitializer
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.0.0)
  %531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat116, <16 x float> %o.sroa.4.0)
  %532 = getelementptr i32, ptr %528, i64 1
  %v117 = load float, ptr %532, align 4
  %533 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %533, <16 x float> poison, <16 x i32> zeroinitializer
  %534 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.8.0)
  %535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat118, <16 x float> %o.sroa.12.0)
  %536 = getelementptr i32, ptr %528, i64 2
  %v119 = load float, ptr %536, align 4
  %537 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %537, <16 x float> poison, <16 x i32> zeroinitializer
  %538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.16.0)
  %539 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat120, <16 x float> %o.sroa.20.0)
  %540 = getelementptr i32, ptr %528, i64 3
  %v121 = load float, ptr %540, align 4
  %541 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %541, <16 x float> poison, <16 x i32> zeroinitializer
  %542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.24.0)
  %543 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat122, <16 x float> %o.sroa.28.0)
  %544 = getelementptr i32, ptr %528, i64 4
  %v123 = load float, ptr %544, align 4
  %545 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %545, <16 x float> poison, <16 x i32> zeroinitializer
  %546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.32.0)
  %547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat124, <16 x float> %o.sroa.36.0)
  %548 = getelementptr i32, ptr %528, i64 5
  %v125 = load float, ptr %548, align 4
  %549 = insertelement <16 x float> poison, float %v125, i32 0
  %splat126 = shufflevector <16 x float> %549, <16 x float> poison, <16 x i32> zeroinitializer
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat126, <16 x float> %o.sroa.40.0)
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat126, <16 x float> %o.sroa.44.0)
  %552 = getelementptr i32, ptr %528, i64 6
  %v127 = load float, ptr %552, align 4
  %553 = insertelement <16 x float> poison, float %v127, i32 0
  %splat128 = shufflevector <16 x float> %553, <16 x float> poison, <16 x i32> zeroinitializer
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat128, <16 x float> %o.sroa.48.0)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat128, <16 x float> %o.sroa.52.0)
  %556 = getelementptr i32, ptr %528, i64 7
  %v129 = load float, ptr %556, align 4
  %557 = insertelement <16 x float> poison, float %v129, i32 0
  %splat130 = shufflevector <16 x float> %557, <16 x float> poison, <16 x i32> zeroinitializer
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.56.0)
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat130, <16 x float> %o.sroa.60.0)
  %560 = add nsw i32 %kpv114, 1
  br label %kpv

exit113:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %472, align 64
  store <16 x float> %o.sroa.4.0, ptr %475, align 64
  store <16 x float> %o.sroa.8.0, ptr %478, align 64
  store <16 x float> %o.sroa.12.0, ptr %481, align 64
  store <16 x float> %o.sroa.16.0, ptr %484, align 64
  store <16 x float> %o.sroa.20.0, ptr %487, align 64
  store <16 x float> %o.sroa.24.0, ptr %490, align 64
  store <16 x float> %o.sroa.28.0, ptr %493, align 64
  store <16 x float> %o.sroa.32.0, ptr %496, align 64
  store <16 x float> %o.sroa.36.0, ptr %499, align 64
  store <16 x float> %o.sroa.40.0, ptr %502, align 64
  store <16 x float> %o.sroa.44.0, ptr %505, align 64
  store <16 x float> %o.sroa.48.0, ptr %508, align 64
  store <16 x float> %o.sroa.52.0, ptr %511, align 64
  store <16 x float> %o.sroa.56.0, ptr %514, align 64
  store <16 x float> %o.sroa.60.0, ptr %517, align 64
  %561 = add nsw i32 %pvblock110, 1
  br label %pvblock

orow131:                                          ; preds = %written, %exit25
  %orow135 = phi i32 [ 0, %exit25 ], [ %595, %written ]
  %562 = icmp slt i32 %orow135, %nrows
  br i1 %562, label %body132, label %done

body132:                                          ; preds = %orow131
  %563 = sext i32 %orow135 to i64
  %564 = getelementptr float, ptr %ms, i64 %563
  %m136 = load float, ptr %564, align 4
  %565 = getelementptr float, ptr %ls, i64 %563
  %l = load float, ptr %565, align 4
  %566 = sdiv i32 %orow135, 32
  %567 = srem i32 %orow135, 32
  %568 = sext i32 %566 to i64
  %569 = mul i64 %568, 32768
  %570 = getelementptr i32, ptr %ot, i64 %569
  br label %otrow

otrow:                                            ; preds = %body137, %body132
  %otrow140 = phi i32 [ 0, %body132 ], [ %579, %body137 ]
  %571 = icmp slt i32 %otrow140, 1024
  br i1 %571, label %body137, label %exit139

body137:                                          ; preds = %otrow
  %572 = sext i32 %567 to i64
  %573 = sext i32 %otrow140 to i64
  %574 = mul i64 %573, 32
  %575 = add i64 %574, %572
  %576 = getelementptr i32, ptr %570, i64 %575
  %577 = load float, ptr %576, align 4
  %578 = getelementptr i32, ptr %rowbuf, i64 %573
  store float %577, ptr %578, align 4
  %579 = add nsw i32 %otrow140, 1
  br label %otrow

exit139:                                          ; preds = %otrow
  %580 = icmp ne ptr %part, null
  br i1 %580, label %partial, label %final

partial:                                          ; preds = %exit139
  %581 = sext i32 %nrows to i64
  %582 = mul i64 %563, 1024
  %583 = getelementptr float, ptr %part, i64 %582
  br label %chunk141

final:                                            ; preds = %exit139
  %584 = sdiv i32 %orow135, %nh
  %qi146 = add i32 %q_begin, %584
  %585 = srem i32 %orow135, %nh
  %h147 = add i32 %h_begin, %585
  %586 = mul i32 %kv_head, 128
  %hq148 = add i32 %586, %h147
  %587 = sext i32 %qi146 to i64
  %588 = add i64 %q_row0, %587
  %589 = mul i64 %588, 128
  %590 = sext i32 %hq148 to i64
  %orow149 = add i64 %589, %590
  %591 = fcmp oeq float %l, 0.000000e+00
  %592 = fdiv float 1.000000e+00, %l
  %593 = select i1 %591, float 0.000000e+00, float %592
  %594 = insertelement <16 x float> poison, float %593, i32 0
  %splat150 = shufflevector <16 x float> %594, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk151

written:                                          ; preds = %exit154, %exit144
  %595 = add nsw i32 %orow135, 1
  br label %orow131

chunk141:                                         ; preds = %body142, %partial
  %chunk145 = phi i64 [ 0, %partial ], [ %601, %body142 ]
  %596 = icmp slt i64 %chunk145, 64
  br i1 %596, label %body142, label %exit144

body142:                                          ; preds = %chunk141
  %597 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk145
  %598 = load <16 x float>, ptr %597, align 64
  %599 = mul i64 %chunk145, 64
  %600 = getelementptr i8, ptr %583, i64 %599
  store <16 x float> %598, ptr %600, align 4
  %601 = add nsw i64 %chunk145, 1
  br label %chunk141

exit144:                                          ; preds = %chunk141
  %602 = mul i64 %581, 1024
  %603 = add i64 %602, %563
  %604 = getelementptr float, ptr %part, i64 %603
  store float %m136, ptr %604, align 4
  %605 = add i64 %603, %581
  %606 = getelementptr float, ptr %part, i64 %605
  store float %l, ptr %606, align 4
  br label %written

chunk151:                                         ; preds = %body152, %final
  %chunk155 = phi i64 [ 0, %final ], [ %613, %body152 ]
  %607 = icmp slt i64 %chunk155, 64
  br i1 %607, label %body152, label %exit154

body152:                                          ; preds = %chunk151
  %608 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk155
  %609 = load <16 x float>, ptr %608, align 64
  %610 = fmul <16 x float> %609, %splat150
  %611 = mul i64 %chunk155, 64
  %612 = getelementptr i8, ptr %rowbuf, i64 %611
  store <16 x float> %610, ptr %612, align 4
  %613 = add nsw i64 %chunk155, 1
  br label %chunk151

exit154:                                          ; preds = %chunk151
  %u = select i1 %591, ptr null, ptr %rowbuf
  call void @xcache_t5_11b_project(ptr %0, ptr %u, i64 %orow149)
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @xcache_t5_11b(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @xcache_t5_11b_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @xcache_t5_11b_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @xcache_t5_11b_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @xcache_t5_11b_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @xcache_t5_11b_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @xcache_t5_11b_info() #0 {
entry:
  ret ptr @xcache_t5_11b_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
